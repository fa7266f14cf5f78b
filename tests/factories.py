"""Factories for every model, and walk_to() which moves a claim through the real workflow."""

from __future__ import annotations

import importlib

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from claims import services, workflow
from claims.models import Article, Claim, ClaimType, Rating, Status, StatusChange, Verdict, Via
from sources.models import Evidence, Outlet, Source, SourceKind, Stance
from sources.services import evidence_add


def role_group(name: str) -> Group:
    """The workflow role's group. A transactional test's flush removes the groups migration
    0003 made; they are made again here with the same permissions (the admin needs them)."""
    group, created = Group.objects.get_or_create(name=name)
    if created:
        roles = importlib.import_module("claims.migrations.0003_roles_and_append_only_history")
        pairs = roles.REVIEWER_PERMISSIONS
        if name == workflow.EDITOR:
            pairs = pairs + roles.EDITOR_EXTRA_PERMISSIONS
        wanted = Q()
        for app_label, codename in pairs:
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        if name == workflow.EDITOR:
            hooks = importlib.import_module("webhooks.migrations.0003_editor_permissions")
            wanted |= Q(content_type__app_label="webhooks", codename__in=hooks.EDITOR_PERMISSIONS)
        group.permissions.add(*Permission.objects.filter(wanted))
    return group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.example")
    password = factory.django.Password("correct horse battery staple")
    is_staff = True


class ReviewerFactory(UserFactory):
    username = factory.Sequence(lambda n: f"reviewer{n}")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            self.groups.add(role_group(workflow.REVIEWER))


class EditorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"editor{n}")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            self.groups.add(role_group(workflow.EDITOR))


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Outlet {n}")
    url = factory.LazyAttribute(lambda o: f"https://{o.name.lower().replace(' ', '')}.example")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(
        lambda n: f"Arbetslösheten steg till 9,1 procent i oktober, enligt SCB. Artikel {n}."
    )
    url = factory.Sequence(lambda n: f"https://news.example/articles/{n}")
    outlet = factory.SubFactory(OutletFactory)
    language = "sv"


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    text = "Arbetslösheten steg till 9,1 procent i oktober"
    start = factory.Sequence(lambda n: n)  # spans are unique per article
    end = factory.LazyAttribute(lambda c: c.start + len(c.text))
    type = ClaimType.QUANTITY
    checkworthiness = 0.8
    quantities = factory.LazyFunction(
        lambda: [{"text": "9,1 procent", "value": 9.1, "unit": "percent", "qualifier": "exact"}]
    )


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    claim = factory.SubFactory(ClaimFactory)
    reviewer = factory.SubFactory(ReviewerFactory)
    rating = Rating.MOSTLY_TRUE
    summary = "SCB reports 9.1 percent for October."


class StatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatusChange

    claim = factory.SubFactory(ClaimFactory)
    from_status = Status.NEW
    to_status = Status.QUEUED
    actor = factory.SubFactory(ReviewerFactory)
    via = Via.ADMIN


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    url = factory.Sequence(lambda n: f"https://www.scb.se/statistik/{n}")
    title = factory.Sequence(lambda n: f"Statistics release {n}")
    kind = SourceKind.STATISTIC


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    stance = Stance.SUPPORTS
    excerpt = "Arbetslösheten var 9,1 procent i oktober."
    added_by = factory.SubFactory(ReviewerFactory)


# The path from new to each status, as (target, who) steps.
PATHS = {
    Status.NEW: [],
    Status.QUEUED: [(Status.QUEUED, "reviewer")],
    Status.DISMISSED: [(Status.DISMISSED, "reviewer")],
    Status.IN_REVIEW: [(Status.QUEUED, "reviewer"), (Status.IN_REVIEW, "reviewer")],
}
PATHS[Status.VERDICT_PROPOSED] = [*PATHS[Status.IN_REVIEW], ("verdict", "reviewer"),
                                  (Status.VERDICT_PROPOSED, "reviewer")]  # fmt: skip
PATHS[Status.PUBLISHED] = [*PATHS[Status.VERDICT_PROPOSED], (Status.PUBLISHED, "editor")]
PATHS[Status.RECHECK_DUE] = [*PATHS[Status.PUBLISHED], (Status.RECHECK_DUE, "system")]


def walk_to(claim: Claim, status: str, *, reviewer, editor) -> Claim:
    """Bring a new claim to `status` the way people would, through services and transitions."""
    actors = {"reviewer": reviewer, "editor": editor, "system": None}
    for step, who in PATHS[status]:
        if step == "verdict":
            services.verdict_add(claim, reviewer=reviewer, rating=Rating.MOSTLY_TRUE)
            evidence_add(claim, source=SourceFactory(), stance=Stance.SUPPORTS, added_by=reviewer)
        else:
            via = Via.SYSTEM if who == "system" else Via.ADMIN
            workflow.transition(claim, to=step, actor=actors[who], via=via)
    return claim
