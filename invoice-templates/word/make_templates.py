#!/usr/bin/env python3
"""Writes the default Word templates of the Word to PDF invoice plugin (invoice.docx).

The templates are built from plain WordprocessingML so that they are reproducible byte for byte
(fixed zip timestamps) and show every way a template can name a field: simple and complex
MERGEFIELDs, {{placeholders}} split over several runs (as Word leaves them after editing), the
repeated item row of a table titled "orderitemstable", and fields in the header and the footer.

Usage: make_templates.py [OUTPUT_DIRECTORY]   (default: the folder of this script)
"""
import os
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_TIME = (2026, 1, 1, 0, 0, 0)

BOLD = '<w:rPr><w:b/></w:rPr>'


def run(text, properties=''):
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*runs, style=''):
    properties = f'<w:pPr>{style}</w:pPr>' if style else ''
    return f'<w:p>{properties}{"".join(runs)}</w:p>'


def simple_field(name, properties=''):
    return (f'<w:fldSimple w:instr=" MERGEFIELD {name} \\* MERGEFORMAT ">'
            f'{run("«" + name + "»", properties)}</w:fldSimple>')


def complex_field(name, properties=''):
    # The field code is split over three instrText runs, as Word writes it after an edit.
    return ''.join([
        f'<w:r>{properties}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r>{properties}<w:instrText xml:space="preserve"> MERGE</w:instrText></w:r>',
        f'<w:r>{properties}<w:instrText xml:space="preserve">FIELD {name[:3]}</w:instrText></w:r>',
        f'<w:r>{properties}<w:instrText xml:space="preserve">{name[3:]} \\* MERGEFORMAT </w:instrText></w:r>',
        f'<w:r>{properties}<w:fldChar w:fldCharType="separate"/></w:r>',
        run('«' + name + '»', properties),
        f'<w:r>{properties}<w:fldChar w:fldCharType="end"/></w:r>',
    ])


def split_placeholder(name, properties=''):
    # "{{name}}" over three runs with a proofing mark between them, as Word saves a typed field.
    middle = len(name) // 2
    return (run('{{' + name[:middle], properties) + '<w:proofErr w:type="spellStart"/>' +
            run(name[middle:], properties) + '<w:proofErr w:type="spellEnd"/>' +
            run('}}', properties))


def cell(content, width, header=False):
    shading = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if header else ''
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
            f'{paragraph(content)}</w:tc>')


def items_table():
    widths = [2000, 3300, 800, 1900, 2000]
    headings = ['SKU', 'Item', 'Qty', 'Unit price', 'Total']
    header_row = '<w:tr>' + ''.join(
        cell(run(text, BOLD), width, header=True) for text, width in zip(headings, widths)) + '</w:tr>'
    item_row = '<w:tr>' + ''.join([
        cell(split_placeholder('item.sku'), widths[0]),
        cell(complex_field('item.title'), widths[1]),
        cell(simple_field('item.quantity'), widths[2]),
        cell(run('{{item.unit_price}}'), widths[3]),
        cell(simple_field('item.total'), widths[4]),
    ]) + '</w:tr>'
    borders = ''.join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                      for side in ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
    return ('<w:tbl><w:tblPr><w:tblW w:w="10000" w:type="dxa"/>'
            f'<w:tblBorders>{borders}</w:tblBorders>'
            '<w:tblCaption w:val="orderitemstable"/>'
            '<w:tblDescription w:val="The order lines, one row per item"/></w:tblPr>'
            '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>' +
            header_row + item_row + '</w:tbl>')


def address_block(title, prefix):
    return ''.join([
        paragraph(run(title, BOLD)),
        paragraph(simple_field(prefix + '.name')),
        paragraph(run('{{' + prefix + '.company}}')),
        paragraph(run('{{' + prefix + '.line1}}')),
        paragraph(run('{{' + prefix + '.line2}}')),
        paragraph(run('{{' + prefix + '.postal_code}} {{' + prefix + '.city}} {{' + prefix +
                      '.state}}')),
        paragraph(run('{{' + prefix + '.country}}')),
    ])


def totals_line(label, field):
    return paragraph(run(label + ': ', BOLD), simple_field(field),
                     style='<w:jc w:val="right"/>')


def document():
    body = ''.join([
        paragraph(run('INVOICE ', '<w:rPr><w:b/><w:sz w:val="36"/></w:rPr>'),
                  simple_field('invoice.number', '<w:rPr><w:b/><w:sz w:val="36"/></w:rPr>')),
        paragraph(run('Invoice date: '), complex_field('invoice.date')),
        paragraph(run('Order: '), complex_field('order.channel_order_id'), run(' of '),
                  split_placeholder('order.created_at'), run(' ('), run('{{channel.name}}'),
                  run(')')),
        paragraph(run('Customer: '), split_placeholder('buyer.name'), run(' '),
                  run('{{buyer.email}}')),
        paragraph(),
        address_block('Bill to', 'bill_to'),
        paragraph(),
        address_block('Ship to', 'ship_to'),
        paragraph(run('Shipping method: '), run('{{order.shipping_method}}')),
        paragraph(),
        items_table(),
        paragraph(),
        totals_line('Items', 'totals.items'),
        totals_line('Shipping', 'totals.shipping'),
        totals_line('Tax', 'totals.tax'),
        totals_line('Discount', 'totals.discount'),
        paragraph(run('Grand total: ', BOLD), split_placeholder('totals.grand_total', BOLD),
                  style='<w:jc w:val="right"/>'),
        paragraph(),
        paragraph(run('Seller VAT ID: '), run('{{seller.vat_id}}')),
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1000" w:bottom="1440" w:left="1000" w:header="600" '
        'w:footer="600" w:gutter="0"/></w:sectPr>',
    ])
    return f'{XML}<w:document {W}><w:body>{body}</w:body></w:document>'


def header():
    return (f'{XML}<w:hdr {W}>' +
            paragraph(simple_field('seller.name', BOLD), run(' · '), run('{{seller.line1}}'),
                      run(', '), run('{{seller.postal_code}} {{seller.city}}'), run(' · '),
                      split_placeholder('seller.email')) + '</w:hdr>')


def footer():
    return (f'{XML}<w:ftr {W}>' +
            paragraph(run('Invoice '), complex_field('invoice.number'), run(' · '),
                      run('{{seller.name}}'), run(' · '), run('{{seller.phone}}'),
                      style='<w:jc w:val="center"/>') + '</w:ftr>')


CONTENT_TYPES = XML + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '</Types>')

PACKAGE_RELATIONSHIPS = XML + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOCUMENT_RELATIONSHIPS = XML + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '</Relationships>')


def write_docx(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            entry = zipfile.ZipInfo(name, FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, text.encode('utf-8'))


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_docx(os.path.join(output, 'invoice.docx'), [
        ('[Content_Types].xml', CONTENT_TYPES),
        ('_rels/.rels', PACKAGE_RELATIONSHIPS),
        ('word/_rels/document.xml.rels', DOCUMENT_RELATIONSHIPS),
        ('word/document.xml', document()),
        ('word/header1.xml', header()),
        ('word/footer1.xml', footer()),
    ])


if __name__ == '__main__':
    main()
