from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from claims.views import claim_public

urlpatterns = [
    path("admin/", admin.site.urls),
    # REST API (claims/api/urls.py holds the router), its schema and offline docs
    path("api/v1/", include("claims.api.urls", namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    # Public page of a published claim (the ClaimReview `url`)
    path("claims/<int:pk>/", claim_public, name="claim-public"),
]

# JSON errors under /api/, Django's pages elsewhere
handler404 = "claims.api.errors.page_not_found"
handler500 = "claims.api.errors.server_error"
