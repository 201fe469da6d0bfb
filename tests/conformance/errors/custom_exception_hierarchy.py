# an uncaught exception from a custom hierarchy with extra fields
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class NotFoundError(AppError):
    pass
try:
    raise AppError(500, "handled")
except AppError as e:
    print("handled:", e, e.code)
raise NotFoundError(404, "resource /users/9 not found")
