def __pycps_std_statistics():
    return {}
