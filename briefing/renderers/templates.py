"""Finding and loading the Jinja2 templates: the user's folder first, then ours.

The templates live in the repository's top-level ``templates/``; a wheel carries
them as ``briefing/templates`` (pyproject force-includes them). ``template_root``
finds whichever exists, so a source checkout, an editable install and a wheel
install all work.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from briefing.errors import InputError

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../briefing
# Every HTML template is escaped, named *.html.j2 or plain *.html (user templates).
HTML_EXTENSIONS = ("html.j2", "htm.j2", "xml.j2", "html", "htm", "xml")


def template_root() -> Path:
    """The packaged templates folder: inside the installed package, else the checkout's."""
    for candidate in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates"):
        if (candidate / "brief.html.j2").is_file():
            return candidate
    raise InputError("the built-in templates are missing; reinstall newsbrief")


def template_dirs(template_dir: str | Path | None = None) -> list[Path]:
    """Where templates are looked up, in order: the user's folder, then the built-in one."""
    dirs = []
    if template_dir:
        user = Path(template_dir)
        if not user.is_dir():
            raise InputError(f"template folder not found: {template_dir}")
        dirs.append(user)
    return dirs + [template_root()]


@functools.lru_cache(maxsize=16)
def _environment(dirs: tuple[str, ...]) -> Any:
    import jinja2

    user_loaders = [jinja2.FileSystemLoader(d) for d in dirs]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(user_loaders),
        # Article text is untrusted: HTML templates escape everything they print.
        autoescape=jinja2.select_autoescape(HTML_EXTENSIONS, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    return env


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def markdown_escape(text: object) -> str:
    """Article text as literal Markdown: syntax and raw HTML characters backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def environment(template_dir: str | Path | None = None) -> Any:
    """A Jinja2 environment reading ``template_dir`` first, then the built-in templates."""
    return _environment(tuple(str(d) for d in template_dirs(template_dir)))


def render_template(
    name: str, context: dict[str, Any], template_dir: str | Path | None = None
) -> str:
    """Render template ``name`` with ``context``; template errors become InputError."""
    import jinja2

    try:
        return environment(template_dir).get_template(name).render(context)
    except jinja2.TemplateNotFound as error:
        raise InputError(f"template not found: {error.name}") from error
    except jinja2.TemplateError as error:
        raise InputError(f"template {name} failed: {error}") from error
