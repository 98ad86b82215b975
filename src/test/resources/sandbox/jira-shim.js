/*
 * The Reply Coach sandbox's stand-in for the parts of Jira's page runtime that are not AUI.
 * Loaded on every sandbox page after jQuery 3, wrm-shim.js and AUI 9 (jQuery and AUI from npm, the
 * real libraries), before any web-resource. With wrm-shim.js it provides exactly what the plugin's
 * web-resources use from Jira, and nothing else:
 *
 *   define / require       Jira's AMD loader (almond): named modules only; require([...], fn) runs
 *                          fn on a later tick, as almond does; require('name') throws for an
 *                          undefined module, so optional modules can be probed with try/catch.
 *   'jquery'               Jira's jQuery as an AMD module (the global jQuery).
 *   AJS.contextPath()      WRM's context path (wrm-shim.js, before AUI, which takes it over).
 *   wrm/context-path       the same, as WRM's AMD module.
 *   jira/util/events       Jira's event bus (web-resource jira.webresources:jira-events):
 *   jira/util/events/types bind / unbind / trigger on the document, with Jira's event names
 *   jira/util/events/reasons NEW_CONTENT_ADDED, NEW_PAGE_ADDED, ISSUE_REFRESHED and reasons.
 *   wrm/data               WRM's data channel (WRM.data from wrm-shim.js) as an AMD module.
 *
 * AJS itself (I18n.getText, format, dialog2, ...) is AUI's. AJS.I18n.getText calls in our files are
 * rewritten to AJS.format('text', ...) by the sandbox's jsI18n transformer, as Jira does; any left
 * untransformed show their key, as in Jira.
 */
(function (window, document) {
    'use strict';

    var definitions = {};
    var instances = {};

    function load(id) {
        if (Object.prototype.hasOwnProperty.call(instances, id)) {
            return instances[id];
        }
        var d = definitions[id];
        if (!d) {
            throw new Error('undefined module: ' + id);
        }
        var value = d.factory.apply(null, d.deps.map(load));
        instances[id] = value;
        return value;
    }

    window.define = function define(id, deps, factory) {
        if (typeof id !== 'string') {
            throw new Error('anonymous define: Jira web-resources need named AMD modules');
        }
        if (typeof deps === 'function') {
            factory = deps;
            deps = [];
        }
        definitions[id] = {deps: deps || [], factory: typeof factory === 'function' ? factory : function () { return factory; }};
    };
    window.define.amd = {jQuery: true};
    window.require = function require(deps, callback) {
        if (typeof deps === 'string') {
            return load(deps);
        }
        window.setTimeout(function () {
            var values = deps.map(load);
            if (typeof callback === 'function') {
                callback.apply(null, values);
            }
        }, 0);
        return undefined;
    };

    var $ = window.jQuery;
    window.define('jquery', [], function () { return $; });

    window.define('wrm/context-path', [], function () { return window.AJS.contextPath; });

    var $document = $(document);
    var events = {
        bind: function (type, fn) { $document.on(type, fn); },
        unbind: function (type, fn) { $document.off(type, fn); },
        trigger: function (type, args) { $document.trigger(type, args); }
    };
    var types = {NEW_CONTENT_ADDED: 'newContentAdded', NEW_PAGE_ADDED: 'newPageAdded', ISSUE_REFRESHED: 'issueRefreshed'};
    var reasons = {pageLoad: 'pageLoad', dialogReady: 'dialogReady', panelRefreshed: 'panelRefreshed', inlineEditStarted: 'inlineEditStarted'};
    window.define('jira/util/events', [], function () { return events; });
    window.define('jira/util/events/types', [], function () { return types; });
    window.define('jira/util/events/reasons', [], function () { return reasons; });

    window.define('wrm/data', [], function () { return window.WRM.data; });

    // Jira announces the page's content once it is ready (reason pageLoad).
    $(function () {
        events.trigger(types.NEW_CONTENT_ADDED, [$document.find('body'), reasons.pageLoad]);
    });
}(window, document));
