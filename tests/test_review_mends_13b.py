"""The review's mends of round 13 (issue 8), in sentences of our own: a ceremony held for a post makes
an event only when the clause that tells the gathering has the ceremony as what is held, not when it is
named in a relative clause or announced for later."""

from __future__ import annotations


def test_a_meeting_whose_guest_is_invited_to_an_installation_stays_a_meeting(extract):
    ex = extract("Le 12 mars 2025, le ministre de l'Intérieur a reçu le nouveau préfet de Thiès, M. Moussa Sarr, "
                 "qui l'a invité à la cérémonie d'installation prévue le 20 mars.", "2025-03-13")
    told = [a for a in ex.activities if "Moussa Sarr" in a.people and a.kind != "hire"]
    assert told and all(a.kind == "meeting" for a in told)


def test_a_meeting_before_an_announced_handover_stays_a_meeting(extract):
    ex = extract("Mardi 4 février, le gouverneur de la région de Kayes, M. Oumar Diallo, a reçu les chefs de "
                 "service de la région et leur a annoncé la cérémonie de passation de commandement du 10 février.",
                 "2025-02-05")
    told = [a for a in ex.activities if "Oumar Diallo" in a.people and a.kind != "hire"]
    assert told and all(a.kind == "meeting" for a in told)


def test_those_who_attended_an_installation_were_at_an_event(extract):
    ex = extract("Le 20 mars, le gouverneur de la région de Thiès, M. Ibrahima Ndiaye, a assisté à la cérémonie "
                 "d'installation du nouveau préfet de Mbour.", "2025-03-21")
    told = [a for a in ex.activities if "Ibrahima Ndiaye" in a.people and a.kind != "hire"]
    assert told and all(a.kind == "event" for a in told)
