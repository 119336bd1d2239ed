"""The ``briefing serve`` command."""

from __future__ import annotations

import socket

import click

from briefing.serve.settings import TOKEN_ENV


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True),
              help="A digest config: its archive becomes searchable; [serve] settings.")
@click.option("--token", envvar=TOKEN_ENV, default="", show_envvar=True,
              help="Require this bearer token (16+ characters) on every request.")
def serve_command(host: str, port: int, config_path: str | None, token: str) -> None:
    """Serve briefs and the digest archive in the browser, with a JSON API.

    \b
    Examples:
      briefing serve                                   # http://127.0.0.1:8765/
      briefing serve --config digest.toml --port 9000
      BRIEFING_SERVE_TOKEN=... briefing serve --host 0.0.0.0
    """
    from briefing.serve.settings import load_settings

    settings = load_settings(host, port, token, config_path)
    import uvicorn

    from briefing.serve.app import create_app

    sock = listening_socket(host, port)  # a port in use is a one-line error, before start-up
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving on http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C to stop)", err=True)
    config = uvicorn.Config(create_app(settings), log_level="warning", server_header=False,
                            timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound socket for uvicorn; InputError (one line) if the address cannot be used."""
    from briefing.errors import InputError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        raise InputError(f"cannot listen on {host}:{port} "
                         f"({getattr(error, 'strerror', None) or error})") from None
    return sock
