def __pycps_std_datetime():
    return {}
