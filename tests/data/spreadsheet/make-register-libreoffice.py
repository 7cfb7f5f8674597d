#!/usr/bin/env python3
"""Writes register-libreoffice.fods, the source of register-libreoffice.xlsx: a clerk's register
as LibreOffice Calc keeps it (a merged title row above the header, Chinese headers, dates typed
as text in the usual forms and as real dates, 30 rows, five of them wrong). The .xlsx is saved
by LibreOffice itself (not installed by the scripts; only the file is committed):

    python3 make-register-libreoffice.py > register-libreoffice.fods
    soffice --headless --convert-to xlsx register-libreoffice.fods

tests/import/test_registerlibreoffice.cpp says, row by row, what must be recognised and refused.
"""
from xml.sax.saxutils import escape

HEADERS = ['序号', '收到日期', '申请方式', '申请人', '联系电话', '申请人类型', '申请内容',
           '答复日期', '办理结果', '备注']

# received: ('date', ISO) is a real date cell; ('text', s) typed text; ('number', n) a
# serial number typed as a plain number.
ROWS = [
    (('date', '2025-01-06'), '网上申请', '张三', '13812341234', '自然人', '2024年道路养护经费', ('date', '2025-01-20'), '予以公开', ''),
    (('text', '2025/1/8'), '信函', '李四', '13900001111', '个人', '公交站点设置依据', ('text', '2025/2/10'), '部分公开', ''),
    (('text', '2025年1月9日'), '当面', '某某物流有限公司', '010-65001234', '企业', '货运许可名单', ('text', '2025年1月24日'), '信息不存在', ''),
    (('text', '2025-01-13'), '电子邮件', '王五', 'wangwu@example.com', '自然人', '出租车运价调整听证材料', ('date', '2025-02-07'), '予以公开', ''),
    (('number', '45672'), '网上申请', '赵六', '13700002222', '自然人', '路灯维修记录', ('number', '45688'), '予以公开', '序列号日期'),
    (('date', '2025-01-20'), '网上申请', '钱七', '13600003333', '自然人', '某路段事故统计', ('date', '2025-02-14'), '不予公开·属于国家秘密', ''),
    (('text', '2025/2/3'), '传真', '某律师事务所', '021-55556666', '律师事务所', '行政处罚案卷', ('text', '2025/2/28'), '予以公开', ''),
    (('text', '2025年2月5日'), '网上申请', '孙八', '13500004444', '自然人', '停车场规划', '', '', '尚未答复'),
    (('text', '2025-02-30'), '网上申请', '周九', '13400005555', '自然人', '停车收费标准', ('text', '2025-03-10'), '予以公开', '日期不存在'),
    (('date', '2025-02-10'), '邮寄', '某大学交通学院', '027-87654321', '科研机构', '客流数据', ('date', '2025-03-06'), '无法提供·需要另行制作', ''),
    (('text', '20250212'), '网上申请', '吴十', '13300006666', '自然人', '道路施工许可', ('text', '20250305'), '予以公开', ''),
    (('text', '2025/2/14'), '网上申请', '郑十一', '13200007777', '外星人', '航线', ('text', '2025/3/3'), '予以公开', '类型不认识'),
    (('date', '2025-02-17'), '当面', '冯十二', '13100008888', '自然人', '驾校名单', ('date', '2025-03-03'), '撤回', '申请人撤回'),
    (('text', '2025年2月20日'), '网上申请', '陈十三', '13000009999', '自然人', '渣土车管理', ('text', '2025年3月14日'), '重复申请', ''),
    (('text', '2025-02-24'), '网上申请', '某环保协会', '010-12345678', '社会公益组织', '机动车尾气检测', ('date', '2025-03-21'), '部分公开', ''),
    (('date', '2025-03-03'), '网上申请', '褚十四', '15800001234', '自然人', '公交补贴', ('date', '2025-03-20'), '不予公开', '结果不明确'),
    (('text', '2025/3/5'), '邮寄', '卫十五', '15900004321', '自然人', '地铁规划', ('text', '2025/3/28'), '予以公开', ''),
    (('text', '2025年3月7日'), '网上申请', '蒋十六', '15000005678', '自然人', '桥梁检测报告', '', '', ''),
    (('number', '45728'), '电子邮件', '沈十七', 'shen@example.com', '自然人', '共享单车投放', ('number', '45744'), '予以公开', ''),
    (('text', '2025-03-12'), '网上申请', '韩十八', '18600001111', '自然人', '道路命名', ('text', '2025-03-05'), '予以公开', '答复早于收到'),
    (('date', '2025-03-14'), '网上申请', '杨十九', '18700002222', '自然人', '高速收费', ('date', '2025-04-03'), '信息不存在', ''),
    (('text', '2025/3/17'), '当面', '朱二十', '18800003333', '自然人', '客运站改造', ('text', '2025/4/8'), '部分公开', ''),
    (('text', '2025年3月19日'), '网上申请', '某科技有限公司', '0755-88889999', '商业企业', '智慧交通项目招标', ('text', '2025年4月11日'), '予以公开', ''),
    (('text', '2025-03-21'), '网上申请', '秦二十一', '18900004444', '自然人', '违章停车罚款', ('date', '2025-04-15'), '', '有答复无结果'),
    (('date', '2025-03-24'), '信函', '尤二十二', '13811112222', '自然人', '公路规划', ('date', '2025-04-17'), '予以公开', ''),
    (('text', '2025/3/26'), '网上申请', '许二十三', '13922223333', '自然人', '养护招标', ('text', '2025/4/18'), '逾期未补正', ''),
    (('text', '2025年3月28日'), '网上申请', '何二十四', '13733334444', '自然人', '交通流量', '', '', ''),
    (('text', '2025-03-31'), '网上申请', '吕二十五', '13644445555', '其他', '出租车经营权', ('text', '2025-04-22'), '予以公开', ''),
    (('date', '2025-04-01'), '网上申请', '施二十六', '13555556666', '自然人', '道路扬尘', ('date', '2025-04-25'), '予以公开', ''),
    (('text', '2025/4/3'), '网上申请', '张二十七', '13466667777', '自然人', '货车限行', '', '', ''),
]


def cell(value):
    if value == '':
        return '<table:table-cell/>'
    if isinstance(value, tuple):
        kind, text = value
        if kind == 'date':
            return (f'<table:table-cell table:style-name="date" office:value-type="date" '
                    f'office:date-value="{text}"><text:p>{text}</text:p></table:table-cell>')
        if kind == 'number':
            return (f'<table:table-cell office:value-type="float" office:value="{text}">'
                    f'<text:p>{text}</text:p></table:table-cell>')
        value = text
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
            f'</table:table-cell>')


def main():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles>',
           '<number:date-style style:name="ymd"><number:year number:style="long"/><number:text>-</number:text>'
           '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>'
           '</number:date-style>',
           '<style:style style:name="date" style:family="table-cell" style:data-style-name="ymd"/>',
           '</office:automatic-styles>',
           '<office:body><office:spreadsheet><table:table table:name="2025年台账">',
           f'<table:table-row><table:table-cell office:value-type="string" '
           f'table:number-columns-spanned="{len(HEADERS)}" table:number-rows-spanned="1">'
           '<text:p>某县交通运输局2025年政府信息公开申请登记台账</text:p></table:table-cell>'
           f'<table:covered-table-cell table:number-columns-repeated="{len(HEADERS) - 1}"/>'
           '</table:table-row>',
           '<table:table-row>' + ''.join(cell(h) for h in HEADERS) + '</table:table-row>']
    for number, row in enumerate(ROWS, start=1):
        received, channel, name, phone, kind, subject, replied, outcome, notes = row
        cells = [('number', str(number)), received, channel, name, phone, kind, subject, replied,
                 outcome, notes]
        out.append('<table:table-row>' + ''.join(cell(c) for c in cells) + '</table:table-row>')
    out.append('</table:table></office:spreadsheet></office:body></office:document>')
    print('\n'.join(out))


if __name__ == '__main__':
    main()
