/*
 * Finds the comment editors on the page, now and when Jira adds them later (dialogs, the issue view
 * re-rendering after a comment is added, the JSM agent view opening its reply box).
 */
define('dk/replycoach/panel/editors', ['jquery', 'dk/replycoach/panel/selectors'], function ($, selectors) {
    'use strict';

    var editorSelector = Object.keys(selectors.editors).map(function (kind) {
        return selectors.editors[kind];
    }).join(', ');

    // How long to watch for the real editor after the collapsed agent-view box is used.
    var OPENING_WATCH_MS = 10000;

    /** Jira's AMD modules are optional: a page without them must not break. */
    function optionalModule(name) {
        try {
            return require(name);
        } catch (e) {
            return null;
        }
    }

    function isEditor(node) {
        return node.nodeType === 1 && $(node).is(editorSelector) && !$(node).is(selectors.agentReplyCollapsed);
    }

    /** The comment editors in and including root (an element, a document or a jQuery object). */
    function find(root) {
        var $root = $(root && root.jquery ? root : (root || document));
        var $all = $root.find(editorSelector);
        $root.each(function () {
            if (this.nodeType === 1 && isEditor(this)) {
                $all = $all.add(this);
            }
        });
        return $all.filter(function () {
            return isEditor(this);
        }).get();
    }

    /**
     * Calls onEditor once for every editor found now or added later.
     * @returns a function that stops watching (for tests and for pages that go away)
     */
    function watch(onEditor) {
        var seen = typeof WeakSet === 'function' ? new WeakSet() : null;
        var seenList = [];
        var stops = [];

        function scan(root) {
            find(root).forEach(function (textarea) {
                var known = seen ? seen.has(textarea) : seenList.indexOf(textarea) !== -1;
                if (known) {
                    return;
                }
                if (seen) {
                    seen.add(textarea);
                } else {
                    seenList.push(textarea);
                }
                onEditor(textarea);
            });
        }

        function observe(target, onAdded) {
            var observer = new MutationObserver(function (records) {
                records.forEach(function (record) {
                    Array.prototype.forEach.call(record.addedNodes, function (node) {
                        if (node.nodeType === 1) {
                            onAdded(node);
                        }
                    });
                });
            });
            observer.observe(target, {childList: true, subtree: true});
            return observer;
        }

        scan(document);

        var events = optionalModule('jira/util/events');
        var types = optionalModule('jira/util/events/types');
        if (events && types && types.NEW_CONTENT_ADDED) {
            // Reference E.2: dialogs and panels announce their content with NEW_CONTENT_ADDED; the
            // issue view re-renders after a comment is added (ISSUE_REFRESHED).
            var onNewContent = function (e, $context) {
                scan($context && $context.length ? $context : document);
            };
            var onRefresh = function () {
                scan(document);
            };
            events.bind(types.NEW_CONTENT_ADDED, onNewContent);
            if (types.ISSUE_REFRESHED) {
                events.bind(types.ISSUE_REFRESHED, onRefresh);
            }
            stops.push(function () {
                if (events.unbind) {
                    events.unbind(types.NEW_CONTENT_ADDED, onNewContent);
                    if (types.ISSUE_REFRESHED) {
                        events.unbind(types.ISSUE_REFRESHED, onRefresh);
                    }
                }
            });
        } else if (typeof MutationObserver === 'function' && document.body) {
            // Without Jira's events (another page type, a future Jira) watch the DOM instead.
            var pageObserver = observe(document.body, scan);
            stops.push(function () {
                pageObserver.disconnect();
            });
        }

        // Whether opening the JSM agent-view reply box fires NEW_CONTENT_ADDED is not documented
        // (reference E.x), so after the collapsed box is used watch the page briefly for the editor.
        var openingObserver = null;
        var openingTimer = null;
        function stopOpeningWatch() {
            if (openingObserver) {
                openingObserver.disconnect();
                openingObserver = null;
            }
            if (openingTimer) {
                window.clearTimeout(openingTimer);
                openingTimer = null;
            }
        }
        function onCollapsedUsed(e) {
            if (!$(e.target).is(selectors.agentReplyCollapsed)) {
                return;
            }
            window.setTimeout(function () {
                scan(document);
            }, 0);
            if (openingObserver || typeof MutationObserver !== 'function') {
                return;
            }
            openingObserver = observe(document.body, function (node) {
                scan(node);
            });
            openingTimer = window.setTimeout(stopOpeningWatch, OPENING_WATCH_MS);
        }
        document.addEventListener('focusin', onCollapsedUsed, true);
        document.addEventListener('click', onCollapsedUsed, true);
        stops.push(function () {
            document.removeEventListener('focusin', onCollapsedUsed, true);
            document.removeEventListener('click', onCollapsedUsed, true);
            stopOpeningWatch();
        });

        return function stop() {
            stops.forEach(function (fn) {
                fn();
            });
        };
    }

    return {find: find, watch: watch, isEditor: isEditor};
});
