"""The two ways an input can fail: stop the build, or be skipped with a warning."""


class CorpusError(Exception):
    """Stops the command; the CLI prints the message as one line and exits with status 1."""


class SkippedInput(Exception):
    """An input that is left out with a warning (an error under ``--strict``)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
