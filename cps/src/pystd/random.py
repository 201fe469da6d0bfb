def __pycps_std_random():
    return {}
