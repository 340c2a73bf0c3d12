// The query UI: YASGUI with one tab per saved query (sparql/*.rq), read from the JSON block
// the page carries. A file, not an inline script, so the page's Content-Security-Policy can
// forbid inline scripts.
(function () {
  // Tabs come from the server; persistence is off so every visit starts from the saved queries.
  var tabs = JSON.parse(document.getElementById("kg-tabs").textContent);
  var endpoint = window.location.origin + "/sparql";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasr: { defaultPlugin: "table" }
  });
  var first = yasgui.getTab();
  tabs.forEach(function (t, i) {
    if (i === 0 && first) {
      first.setName(t.name);
      first.setQuery(t.yasqe.value);
    } else {
      yasgui.addTab(false, { name: t.name, yasqe: { value: t.yasqe.value },
                             requestConfig: { endpoint: endpoint, method: "POST" } });
    }
  });
  window.kgYasgui = yasgui;
})();
