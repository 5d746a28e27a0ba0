// Swagger UI over the emulator's published contracts; the list and the first one shown are in swagger-config.json.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    configUrl: "/swagger-ui/swagger-config.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
