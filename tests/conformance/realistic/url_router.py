# a URL router with path parameters, converters and 404/405 handling
import re

class Router:
    CONVERTERS = {"int": (r"\d+", int), "str": (r"[^/]+", str), "slug": (r"[a-z0-9-]+", str)}

    def __init__(self):
        self.routes = []

    def route(self, pattern, methods=("GET",)):
        def deco(fn):
            regex, converters = "^", {}
            for part in re.split(r"(<[^>]+>)", pattern):
                m = re.fullmatch(r"<(?:(\w+):)?(\w+)>", part)
                if m:
                    kind, name = m.group(1) or "str", m.group(2)
                    rx, conv = self.CONVERTERS[kind]
                    regex += f"(?P<{name}>{rx})"
                    converters[name] = conv
                else:
                    regex += re.escape(part)
            self.routes.append((re.compile(regex + "$"), set(methods), converters, fn))
            return fn
        return deco

    def dispatch(self, method, path):
        allowed = set()
        for regex, methods, converters, fn in self.routes:
            m = regex.match(path)
            if not m:
                continue
            if method not in methods:
                allowed |= methods
                continue
            kwargs = {k: converters[k](v) for k, v in m.groupdict().items()}
            return 200, fn(**kwargs)
        if allowed:
            return 405, f"method {method} not allowed (allowed: {', '.join(sorted(allowed))})"
        return 404, f"no route for {path}"

app = Router()

@app.route("/")
def index():
    return "home"

@app.route("/users/<int:user_id>")
def user(user_id):
    return f"user #{user_id} (next: {user_id + 1})"

@app.route("/users/<int:user_id>/posts/<slug:slug>", methods=("GET", "DELETE"))
def post(user_id, slug):
    return f"post {slug!r} by {user_id}"

@app.route("/files/<name>.txt", methods=("GET", "PUT"))
def file(name):
    return f"file {name}"

for method, path in [("GET", "/"), ("GET", "/users/42"), ("GET", "/users/abc"), ("DELETE", "/users/7/posts/hello-world"),
                     ("POST", "/users/7/posts/x"), ("GET", "/files/notes.txt"), ("PUT", "/files/a.b.txt"), ("GET", "/nope")]:
    status, body = app.dispatch(method, path)
    print(f"{method:<7}{path:<28}{status} {body}")
