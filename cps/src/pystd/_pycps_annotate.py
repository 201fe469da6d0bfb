def __pycps_annotate__(annotations):
    def __pycps_annotate(func):
        func.__annotations__ = annotations
        return func
    return __pycps_annotate
