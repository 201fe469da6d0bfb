# A command-line style tool validating its input and exiting with a status
# code through sys.exit(N): no traceback, exit status N, finally blocks run.
import sys

RECORDS = [
    {"id": 1, "name": "alpha", "score": 91},
    {"id": 2, "name": "beta", "score": -4},
    {"id": 3, "name": "", "score": 77},
]

def validate(rec):
    problems = []
    if not rec["name"]:
        problems.append("empty name")
    if not 0 <= rec["score"] <= 100:
        problems.append(f"score {rec['score']} out of range")
    return problems

def main():
    failures = 0
    for rec in RECORDS:
        issues = validate(rec)
        status = "ok" if not issues else "; ".join(issues)
        print(f"record {rec['id']:>3}: {status}")
        failures += bool(issues)
    print(f"{failures} of {len(RECORDS)} records invalid")
    return 3 if failures else 0

try:
    code = main()
    print("exiting with", code)
    sys.exit(code)
finally:
    print("cleanup done")
print("never printed")
