"""A readable summary of an extraction in the terminal, and a progress bar on stderr."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from reseau.extract.records import Extraction
from reseau.i18n import DEFAULT, Messages, messages
from reseau.publish.labels import KIND_LABELS



def print_summary(extraction: Extraction, console: Console | None = None, say: Messages | None = None) -> None:
    """Print the organizations, people with roles, and activities of one document as tables, in
    the language of ``say`` (French by default)."""
    from reseau.publish.labels import ORG_KIND_LABELS

    console = console or Console()
    _ = say or messages(DEFAULT)
    console.rule(f"[bold]{extraction.source}[/bold]"
                 + (" — " + _("publié le {date}", date=extraction.published) if extraction.published else ""))
    orgs = Table(title=_("Organisations ({count})", count=len(extraction.organizations)), title_justify="left", expand=True)
    orgs.add_column(_("Nom"))
    orgs.add_column(_("Sigle"))
    orgs.add_column(_("Type"))
    for org in extraction.organizations:
        orgs.add_row(org.name, org.acronym or "", _(ORG_KIND_LABELS.get(org.kind, org.kind)) if org.kind else "")
    console.print(orgs)
    people = Table(title=_("Personnes ({count})", count=len(extraction.people)), title_justify="left", expand=True)
    people.add_column(_("Nom"))
    people.add_column(_("Fonctions"))
    for person in extraction.people:
        roles = "; ".join(f"{r.title}" + (f" — {r.organization}" if r.organization else "") for r in person.roles)
        people.add_row(person.name, roles)
    console.print(people)
    acts = Table(title=_("Activités ({count})", count=len(extraction.activities)), title_justify="left", expand=True)
    acts.add_column(_("Date"))
    acts.add_column(_("Type"))
    acts.add_column(_("Lieu"))
    acts.add_column(_("Participants"))
    for a in extraction.activities:
        acts.add_row(a.date or "?", _(KIND_LABELS.get(a.kind, a.kind)), a.place or "", ", ".join(a.people + a.organizations))
    console.print(acts)


class ProgressReporter:
    """A progress bar on standard error; plain percentage lines when stderr is not a terminal."""

    def __init__(self, label: str, say: Messages | None = None) -> None:
        self.label = label
        self.say = say or messages(DEFAULT)
        self.interactive = sys.stderr.isatty()
        self.last_tenth = -1
        self.progress: Progress | None = None
        if self.interactive:
            self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
                                     TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task(self.say("Extraction de {name}", name=label), total=100)

    def update(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` characters are processed."""
        percent = 100 * done // max(total, 1)
        if self.progress is not None:
            self.progress.update(self.task, completed=percent)
        elif percent // 10 > self.last_tenth:
            self.last_tenth = percent // 10
            print(self.say("Extraction de {name} : {percent} %", name=self.label, percent=percent), file=sys.stderr, flush=True)

    def close(self) -> None:
        """Remove the bar."""
        if self.progress is not None:
            self.progress.stop()
