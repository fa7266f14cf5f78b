"""Who may use the API: the workflow's roles (claims.workflow), read once per request.

- Anonymous: 401 everywhere except the public ClaimReview feed.
- Authenticated without a role (neither reviewer nor editor nor superuser): 403.
- Reviewers (and editors, who may do all reviewers do): read everything, create articles,
  edit claims, give verdicts, add evidence, create and change sources and outlets.
- Editors only: delete sources and outlets; editor-only transitions (approve, reject,
  recheck, confirm) are refused by the workflow itself (403).
"""

from __future__ import annotations

from rest_framework.permissions import BasePermission

from claims.workflow import EDITOR, REVIEWER, roles_of


def request_roles(request) -> frozenset[str]:
    """The user's workflow roles, computed once per request (one query for the groups)."""
    http_request = getattr(request, "_request", request)
    roles = getattr(http_request, "_factdesk_roles", None)
    if roles is None:
        user = request.user
        roles = roles_of(user) if user is not None and user.is_authenticated else frozenset()
        http_request._factdesk_roles = roles
    return roles


class HasWorkflowRole(BasePermission):
    message = "You need the reviewer or editor role to use the API."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False  # DRF answers 401 with a WWW-Authenticate header
        return REVIEWER in request_roles(request)


class EditorMayDelete(BasePermission):
    message = "Only editors can delete."

    def has_permission(self, request, view) -> bool:
        return request.method != "DELETE" or EDITOR in request_roles(request)
