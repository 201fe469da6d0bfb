# uncaught KeyError from a dict lookup
config = {"host": "localhost", "port": 8080}
for key in ["host", "port"]:
    print(key, "=", config[key])
print("timeout =", config["timeout_seconds"])
