# finally runs, then the exception keeps propagating
def work():
    try:
        print("working")
        return 1 / 0
    finally:
        print("finally ran")
work()
