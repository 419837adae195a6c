import { describe, expect, it } from "vitest";
import { svgProblem } from "./svg-check";
import { SAFE_SVG } from "./test-documents";

const svg = (inner: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;

describe("svgProblem", () => {
  it.each([
    ["an export with declaration, comment and DOCTYPE", SAFE_SVG],
    ["a self-closing root", `<svg xmlns="http://www.w3.org/2000/svg" width="10"/>`],
    ["a byte-order mark", `\uFEFF${svg("<rect/>")}`],
    ["an embedded PNG", svg(`<image href="data:image/png;base64,iVBORw0KGgo="/>`)],
    ["a fragment in CSS", svg(`<style>.a { fill: url( '#g' ) }</style>`)],
  ])("accepts %s", (_name, text) => {
    expect(svgProblem(text)).toBeNull();
  });

  it.each([
    ["HTML", "<html><svg></svg></html>"],
    ["text", "hello"],
    ["a second root after the svg", `${svg("")}<svg></svg>x`],
    ["a prefixed root", `<svg:svg xmlns:svg="http://www.w3.org/2000/svg"></svg:svg>`],
  ])("refuses %s as not an SVG", (_name, text) => {
    expect(svgProblem(text)).toBe("notSvg");
  });

  it.each([
    ["a script", svg("<script>alert(1)</script>")],
    ["a prefixed script", svg(`<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>`)],
    ["an event handler", svg("<rect onclick='alert(1)'/>")],
    ["an event handler on the root", svg("", ' onload="alert(1)"')],
    ["a javascript: link", svg(`<a href="javascript:alert(1)"><rect/></a>`)],
    ["a javascript: link written with character references", svg(`<a xlink:href="&#106;avascript&#x3A;alert(1)"><rect/></a>`)],
    ["an outside image", svg(`<image href="https://evil.test/pixel.png"/>`)],
    ["a link to another site", svg(`<a href="//evil.test/"><rect/></a>`)],
    ["an outside stylesheet", svg(`<style>@import "https://evil.test/a.css";</style>`)],
    ["an outside font in CSS", svg(`<style>text { src: url(https://evil.test/f.woff) }</style>`)],
    ["an SVG document inside", svg(`<image href="data:image/svg+xml;base64,PHN2Zz4="/>`)],
    ["HTML inside", svg("<foreignObject><div>hi</div></foreignObject>")],
    ["a stylesheet instruction", `<?xml version="1.0"?><?xml-stylesheet href="https://evil.test/a.xsl"?>${svg("")}`],
    ["an entity", `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg("&x;")}`],
    ["an animation that rewrites a link", svg(`<a><set attributeName="href" to="https://evil.test"/></a>`)],
  ])("refuses %s as unsafe", (_name, text) => {
    expect(svgProblem(text)).toBe("unsafe");
  });
});
