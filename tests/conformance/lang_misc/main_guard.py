# the __main__ guard
def main():
    print("running main, __name__ is", __name__)
    return 0
def helper():
    return "helper"
if __name__ == "__main__":
    code = main()
    print("exit code", code, helper())
else:
    print("imported")
