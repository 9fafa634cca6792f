// Starts Swagger UI on the portal's OpenAPI description. A file of its own, so that the page
// needs no inline script under the Content-Security-Policy (see platform/SwaggerPage.java).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/q/openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
});
