"""The one exception type the public API lets escape for bad input."""


class InputError(ValueError):
    """Input that cannot be turned into a brief: empty, binary, unreachable, too large...

    The message is one readable line; the CLI prints it as ``error: <message>``.
    """
