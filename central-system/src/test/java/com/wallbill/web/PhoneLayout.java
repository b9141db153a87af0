package com.wallbill.web;

import java.util.List;

/** Checks of a page at phone width: nothing may widen the page beyond the window (tables scroll in their box). */
final class PhoneLayout {

    private PhoneLayout() {
    }

    /**
     * The elements of the view that reach past the window's right edge, outside any box that scrolls sideways or
     * is visually hidden (clipped), as {@code tag.class "text"}: empty when the page fits.
     */
    @SuppressWarnings("unchecked")
    static List<String> overflowing(Browser browser) {
        return (List<String>) browser.script("""
                const page = document.documentElement;
                const width = page.clientWidth;
                const exempt = el => el.closest('.table-wrap, .visually-hidden') !== null;
                const wide = [...document.querySelectorAll('#view *')]
                    .filter(el => !exempt(el) && el.getClientRects().length > 0
                        && el.getBoundingClientRect().right > width + 1)
                    .map(el => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' "'
                        + (el.textContent || '').trim().slice(0, 40) + '" right='
                        + Math.round(el.getBoundingClientRect().right));
                return page.scrollWidth > width ? [...wide, 'the page: ' + page.scrollWidth + ' px wide'] : wide;
                """);
    }
}
