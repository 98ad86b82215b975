/*
 * The only way the panel builds markup: elements from document.createElement, text from text nodes.
 * Nothing here parses HTML, so a reply, a finding message or an excerpt that contains markup
 * always shows as the characters the agent typed (a static test keeps it that way).
 */
define('dk/replycoach/panel/dom', [], function () {
    'use strict';

    /**
     * el('li', {className: 'x', attrs: {'data-rule': id}, text: 'a'}, [child, 'more text'])
     * Children that are strings become text nodes; null and undefined children are skipped.
     */
    function el(tag, props, children) {
        var node = document.createElement(tag);
        props = props || {};
        if (props.className) {
            node.className = props.className;
        }
        if (props.attrs) {
            Object.keys(props.attrs).forEach(function (name) {
                var value = props.attrs[name];
                if (value !== null && value !== undefined && value !== false) {
                    node.setAttribute(name, value === true ? '' : String(value));
                }
            });
        }
        if (props.text !== undefined && props.text !== null) {
            node.textContent = String(props.text);
        }
        (children || []).forEach(function (child) {
            if (child === null || child === undefined) {
                return;
            }
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    var counter = 0;

    /** Unique ids for aria-controls / aria-labelledby pairs. */
    function nextId(prefix) {
        counter += 1;
        return prefix + '-' + counter;
    }

    return {el: el, clear: clear, nextId: nextId};
});
