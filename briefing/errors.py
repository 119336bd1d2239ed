"""The one exception type the public API lets escape for bad input."""


class InputError(ValueError):
    """Input that cannot be turned into a brief: empty, binary, unreachable, too large...

    The message is one readable line; the CLI prints it as ``error: <message>``.
    """


class TooShortError(InputError):
    """Too few words to be an article (a phrase such as "$20"): a brief refuses it, but
    the fact readers of the API read it."""


class UnsupportedLanguageError(InputError):
    """A language the sentence splitter has no model for."""
