def __pycps_std_textwrap():
    return {}
