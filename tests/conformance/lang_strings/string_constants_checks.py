# character class checks used in validators
def classify(pw):
    checks = {
        "length": len(pw) >= 8,
        "upper": any(c.isupper() for c in pw),
        "lower": any(c.islower() for c in pw),
        "digit": any(c.isdigit() for c in pw),
        "symbol": any(not c.isalnum() for c in pw),
    }
    score = sum(checks.values())
    failed = [k for k, ok in checks.items() if not ok]
    return score, failed
for pw in ["password", "Passw0rd!", "12345678", "aB3$", "ÄÖÜäöü12", "  spaces  "]:
    score, failed = classify(pw)
    print(f"{pw!r:14} score={score} missing={failed}")
