# `raise ... from` prints the cause first, then the direct-cause separator.
class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

read_setting({"a": 1}, "b")
