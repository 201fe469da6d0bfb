def __pycps_std_dataclasses():
    class FrozenInstanceError(AttributeError):
        __module__ = 'dataclasses'
    def hello(x):
        return x + 1
    return {'hello': hello, 'FrozenInstanceError': FrozenInstanceError}
