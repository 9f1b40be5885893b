"""Put on PYTHONPATH of an app process under test: every network socket is refused
and written to the file named by ``NABESTAANDEN_TEST_NETWORK_LOG``.

Unix sockets (D-Bus, the X server) stay allowed: they do not leave the computer.
"""

from __future__ import annotations

import os
import socket
import traceback
from pathlib import Path

_LOG = os.environ.get("NABESTAANDEN_TEST_NETWORK_LOG", "")
_NETWORK = {socket.AF_INET, socket.AF_INET6}
_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex
_original_sendto = socket.socket.sendto


def _refuse(sock: socket.socket, address: object) -> None:
    if sock.family in _NETWORK:
        if _LOG:
            with Path(_LOG).open("a", encoding="utf-8") as log:
                log.write(f"network socket to {address!r}\n")
                log.write("".join(traceback.format_stack(limit=8)) + "\n")
        raise OSError("network access refused in the offline test")


def _connect(self: socket.socket, address: object) -> None:
    _refuse(self, address)
    _original_connect(self, address)  # type: ignore[arg-type]


def _connect_ex(self: socket.socket, address: object) -> int:
    _refuse(self, address)
    return _original_connect_ex(self, address)  # type: ignore[arg-type]


def _sendto(self: socket.socket, data: bytes, *args: object) -> int:
    _refuse(self, args[-1] if args else None)
    return _original_sendto(self, data, *args)  # type: ignore[arg-type, call-overload]


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
socket.socket.sendto = _sendto  # type: ignore[method-assign, assignment]
