v = "s"
print(f"{v:.1f}")
