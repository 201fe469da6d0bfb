# substring search in loops
log = """INFO start
WARN disk 91%
INFO tick
ERROR failed to open config
WARN disk 95%
ERROR timeout after 30s
INFO stop"""
levels = {}
for line in log.splitlines():
    level, _, msg = line.partition(" ")
    levels.setdefault(level, []).append(msg)
for level in sorted(levels):
    print(f"{level:<5} {len(levels[level])} {levels[level]}")
print("ERROR" in log, log.count("disk"), log.find("tick"), log.rfind("INFO"))
print([l for l in log.splitlines() if "%" in l])
print(max(log.splitlines(), key=len))
