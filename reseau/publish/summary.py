"""A readable summary of an extraction in the terminal, and a progress bar on stderr."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from reseau.extract.records import Extraction
from reseau.publish.labels import KIND_LABELS



def print_summary(extraction: Extraction, console: Console | None = None) -> None:
    """Print the organizations, people with roles, and activities of one document as tables."""
    console = console or Console()
    console.rule(f"[bold]{extraction.source}[/bold]" + (f" — publié le {extraction.published}" if extraction.published else ""))
    orgs = Table(title=f"Organisations ({len(extraction.organizations)})", title_justify="left", expand=True)
    orgs.add_column("Nom")
    orgs.add_column("Sigle")
    orgs.add_column("Type")
    for org in extraction.organizations:
        orgs.add_row(org.name, org.acronym or "", org.kind or "")
    console.print(orgs)
    people = Table(title=f"Personnes ({len(extraction.people)})", title_justify="left", expand=True)
    people.add_column("Nom")
    people.add_column("Fonctions")
    for person in extraction.people:
        roles = "; ".join(f"{r.title}" + (f" — {r.organization}" if r.organization else "") for r in person.roles)
        people.add_row(person.name, roles)
    console.print(people)
    acts = Table(title=f"Activités ({len(extraction.activities)})", title_justify="left", expand=True)
    acts.add_column("Date")
    acts.add_column("Type")
    acts.add_column("Lieu")
    acts.add_column("Participants")
    for a in extraction.activities:
        acts.add_row(a.date or "?", KIND_LABELS.get(a.kind, a.kind), a.place or "", ", ".join(a.people + a.organizations))
    console.print(acts)


class ProgressReporter:
    """A progress bar on standard error; plain percentage lines when stderr is not a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.interactive = sys.stderr.isatty()
        self.last_tenth = -1
        self.progress: Progress | None = None
        if self.interactive:
            self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
                                     TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task(f"Extraction de {label}", total=100)

    def update(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` characters are processed."""
        percent = 100 * done // max(total, 1)
        if self.progress is not None:
            self.progress.update(self.task, completed=percent)
        elif percent // 10 > self.last_tenth:
            self.last_tenth = percent // 10
            print(f"Extraction de {self.label} : {percent} %", file=sys.stderr, flush=True)

    def close(self) -> None:
        """Remove the bar."""
        if self.progress is not None:
            self.progress.stop()
