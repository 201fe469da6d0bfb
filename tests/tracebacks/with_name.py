with open_thing() as t:
    pass
