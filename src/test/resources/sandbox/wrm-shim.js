/*
 * The Reply Coach sandbox's stand-in for what Jira's web-resource manager (WRM) puts on every
 * page before AUI loads; see jira-shim.js for the rest of the stand-ins.
 *
 *   AJS.contextPath()   WRM's context path, read from <meta name="ajs-context-path"> ('/jira').
 *                       AUI 9 takes it over from window.AJS when it loads, so it must come first.
 *   WRM.data.claim(key) WRM's data channel: parses and removes the JSON that the page head put
 *                       into WRM._unparsedData from the plugin's real <data> provider.
 */
(function (window, document) {
    'use strict';

    var meta = document.querySelector('meta[name="ajs-context-path"]');
    var contextPath = meta ? meta.getAttribute('content') : '';
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () { return contextPath; };

    var WRM = window.WRM = window.WRM || {};
    WRM._unparsedData = WRM._unparsedData || {};
    WRM.data = {
        claim: function (key) {
            if (!Object.prototype.hasOwnProperty.call(WRM._unparsedData, key)) {
                return undefined;
            }
            var raw = WRM._unparsedData[key];
            delete WRM._unparsedData[key];
            return JSON.parse(raw);
        }
    };
}(window, document));
