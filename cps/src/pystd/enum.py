def __pycps_std_enum():
    return {}
