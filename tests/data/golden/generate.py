#!/usr/bin/env python3
"""Writes the golden validation cases: one folder per case with report.nianbao.json,
optionally previous.nianbao.json, and expected.json (the findings, written by hand here,
not computed by the validator). Run from this folder: python3 generate.py"""
import copy, json, os, shutil

COLS = ["natural", "business", "research", "nonprofit", "legal", "other_org"]
RESULTS = (["granted", "partial"] + [f"denied_{i}" for i in range(1, 9)]
           + [f"unable_{i}" for i in range(1, 4)] + [f"rejected_{i}" for i in range(1, 6)]
           + [f"other_{i}" for i in range(1, 4)])

def t3_rows():
    # A county bureau's busy year: 53 new applications, 3 carried in, 4 carried over.
    r = {row: [0] * 6 for row in ["new", "carried_in"] + RESULTS + ["result_total", "carried_over"]}
    r["new"] = [38, 9, 1, 0, 3, 2]
    r["carried_in"] = [2, 1, 0, 0, 0, 0]
    r["granted"] = [15, 4, 1, 0, 1, 1]
    r["partial"] = [4, 1, 0, 0, 1, 0]
    r["denied_3"] = [1, 0, 0, 0, 0, 0]
    r["denied_4"] = [2, 1, 0, 0, 0, 0]
    r["denied_5"] = [1, 0, 0, 0, 0, 0]
    r["denied_6"] = [1, 0, 0, 0, 0, 0]
    r["unable_1"] = [7, 2, 0, 0, 1, 0]
    r["unable_2"] = [2, 0, 0, 0, 0, 0]
    r["unable_3"] = [1, 0, 0, 0, 0, 0]
    r["rejected_1"] = [2, 0, 0, 0, 0, 0]
    r["rejected_2"] = [1, 0, 0, 0, 0, 0]
    r["other_1"] = [1, 0, 0, 0, 0, 0]
    r["other_3"] = [0, 1, 0, 0, 0, 0]
    for c in range(6):
        r["result_total"][c] = sum(r[x][c] for x in RESULTS)
        r["carried_over"][c] = r["new"][c] + r["carried_in"][c] - r["result_total"][c]
        assert r["carried_over"][c] >= 0
    return r

def values_from(rows, t2, t4):
    v = {}
    for k, val in t2.items():
        v["t2." + k] = val
    for row, cells in rows.items():
        for c, col in enumerate(COLS):
            v[f"t3.{row}.{col}"] = cells[c]
        v[f"t3.{row}.total"] = sum(cells)
    for g, (u, c, o, p) in t4.items():
        v[f"t4.{g}.upheld"], v[f"t4.{g}.corrected"], v[f"t4.{g}.other"], v[f"t4.{g}.pending"] = u, c, o, p
        v[f"t4.{g}.total"] = u + c + o + p
    return v

T2 = {"regulations.issued": "/", "regulations.repealed": "/", "regulations.in_force": "/",
      "normative.issued": 3, "normative.repealed": 1, "normative.in_force": 12,
      "licensing.decisions": 1250, "penalty.decisions": 386, "coercion.decisions": 27,
      "fees.amount": "12.3456"}
T4 = {"review": (3, 1, 0, 1), "suit_direct": (2, 0, 1, 0), "suit_after_review": (1, 0, 0, 1)}

TEXTS = {
    "overview.intro": "本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。",
    "overview.active": "2024年，本局通过门户网站主动公开政府信息1,236条，制发行政规范性文件3件，作出行政许可决定1250件、行政处罚决定386件，及时公开“双随机、一公开”抽查结果。",
    "overview.requests": "2024年，本局共收到政府信息公开申请53件，上年结转3件，办结52件，结转下年度继续办理4件。其中予以公开22件，部分公开6件，不予公开6件，无法提供13件，不予处理3件，其他处理2件，均在法定期限内答复。",
    "overview.management": "严格执行信息发布审核制度，坚持“先审后发”，全年未发生泄密事件。对现行有效的行政规范性文件进行了清理，清理结果向社会公开。",
    "overview.platform": "持续优化政府门户网站政府信息公开专栏，及时更新机构职能、政策文件、行政执法等栏目，提升政务新媒体发布质量。",
    "overview.oversight": "本局被申请行政复议5件，其中维持3件、纠正1件、尚未审结1件；发生行政诉讼5件。组织政务公开业务培训2次，将政府信息公开工作纳入年度考核。",
    "problems": "本年度政府信息公开工作仍存在不足：部分栏目更新不够及时，政策解读形式较为单一。针对上年度报告指出的问题，已完成整改：建立栏目更新台账，每月通报。下一步将丰富解读形式，提升公开质量。",
    "other_matters": "本年度本局未收取信息处理费。无其他需要报告的事项。",
}
# Texts without figures, for the cases that change the tables' totals.
PLAIN_TEXTS = dict(TEXTS)
PLAIN_TEXTS["overview.active"] = "本局通过门户网站主动公开政府信息，及时公开“双随机、一公开”抽查结果。"
PLAIN_TEXTS["overview.requests"] = "本局进一步规范依申请公开办理流程，均在法定期限内答复。"
PLAIN_TEXTS["overview.oversight"] = "组织政务公开业务培训，将政府信息公开工作纳入年度考核。"

def report(year=2024, values=None, texts=None, level="county_department", agency="某县市场监督管理局"):
    return {"schema": "nianbao-report/1", "form": "gov-disclosure-2021", "agency": agency,
            "year": year, "level": level,
            "values": values if values is not None else values_from(t3_rows(), T2, T4),
            "texts": texts if texts is not None else dict(TEXTS)}

def previous():
    rows = {row: [0] * 6 for row in ["new", "carried_in"] + RESULTS + ["result_total", "carried_over"]}
    rows["new"] = [30, 5, 0, 0, 1, 1]
    rows["granted"] = [20, 3, 0, 0, 1, 0]
    rows["unable_1"] = [8, 1, 0, 0, 0, 1]
    for c in range(6):
        rows["result_total"][c] = sum(rows[x][c] for x in RESULTS)
    rows["carried_over"] = [2, 1, 0, 0, 0, 0]
    rows["new"][0] += 0
    # new + carried_in = results + carried_over for every column
    rows["carried_in"] = [rows["result_total"][c] + rows["carried_over"][c] - rows["new"][c] for c in range(6)]
    assert all(x >= 0 for x in rows["carried_in"]), rows["carried_in"]
    t2 = dict(T2, **{"normative.issued": 2, "normative.repealed": 0, "normative.in_force": 10})
    texts = {"overview.requests": "2023年，本局共收到政府信息公开申请37件。",
             "problems": "2023年工作中存在栏目更新不及时的问题，已整改。",
             "other_matters": "未收取信息处理费。"}
    return report(2023, values_from(rows, t2, T4), texts)

def finding(rule, severity, cells, *contains, text=None):
    f = {"rule": rule, "severity": severity, "cells": sorted(cells), "message_contains": list(contains)}
    if text:
        f["text"] = text
    return f

def col_cells(rows, col):
    return [f"t3.{r}.{col}" for r in rows]

CASES = {}

def case(name, rep, findings, prev=None):
    CASES[name] = (rep, findings, prev)

# --- no findings at all ------------------------------------------------------------------
case("correct-busy-report", report(), [], previous())
zero = {k: (0 if not k.startswith("t2.regulations") else 0) for k in values_from(t3_rows(), T2, T4)}
zero["t2.fees.amount"] = "0"
case("correct-all-zero", report(values=zero, texts={
    "overview.requests": "本年度未收到政府信息公开申请。",
    "problems": "针对上年度存在的问题已全部整改到位。",
    "other_matters": "本年度未收取信息处理费。"}), [])

# --- errors: each case breaks exactly one rule ------------------------------------------
r = report(); r["values"]["t3.carried_in.natural"] += 1; r["values"]["t3.carried_in.business"] -= 1
case("error-R1-balance", r, [
    finding("R1", "error", col_cells(["new", "carried_in", "result_total", "carried_over"], "natural"),
            "自然人列：本年新收 38 ＋ 上年结转 3 ＝ 41，但办理结果总计 38 ＋ 结转下年度 2 ＝ 40，相差 1"),
    finding("R1", "error", col_cells(["new", "carried_in", "result_total", "carried_over"], "business"),
            "商业企业列：本年新收 9 ＋ 上年结转 0 ＝ 9，但办理结果总计 9 ＋ 结转下年度 1 ＝ 10，相差 1")])

r = report(); r["values"]["t3.granted.natural"] += 2; r["values"]["t3.granted.business"] -= 2
case("error-R2-results", r, [
    finding("R2", "error", col_cells(["result_total"] + RESULTS, "natural"),
            "自然人列：办理结果总计 38，但各项办理结果之和 ＝ 40，相差 2"),
    finding("R2", "error", col_cells(["result_total"] + RESULTS, "business"),
            "商业企业列：办理结果总计 9，但各项办理结果之和 ＝ 7，相差 2")])

r = report(); r["values"]["t3.granted.natural"] += 1; r["values"]["t3.unable_1.natural"] -= 1
case("error-R3-applicants", r, [
    finding("R3", "error", [f"t3.granted.{c}" for c in COLS + ["total"]],
            "予以公开行：总计 22，但各类申请人之和 ＝ 23，相差 1"),
    finding("R3", "error", [f"t3.unable_1.{c}" for c in COLS + ["total"]],
            "无法提供·本机关不掌握相关政府信息行：总计 10，但各类申请人之和 ＝ 9，相差 1")])

r = report(); r["values"]["t4.review.pending"] = 2
case("error-R4-review-total", r, [
    finding("R4", "error", [f"t4.review.{c}" for c in ["total", "upheld", "corrected", "other", "pending"]],
            "行政复议：总计 5，但结果维持 3 ＋ 结果纠正 1 ＋ 其他结果 0 ＋ 尚未审结 2 ＝ 6，相差 1")])

r = report(); r["values"]["t2.coercion.decisions"] = -1
case("error-V1-negative", r, [finding("V1", "error", ["t2.coercion.decisions"], "行政强制·本年处理决定数量", "-1")])
r = report(); r["values"]["t2.coercion.decisions"] = 2.5
case("error-V1-fraction", r, [finding("V1", "error", ["t2.coercion.decisions"], "2.5")])
r = report(); r["values"]["t3.denied_1.research"] = "/"
case("error-V1-slash-outside-regulations", r, [finding("V1", "error", ["t3.denied_1.research"], "不予公开·属于国家秘密·科研机构", "「/」")])

r = report(); r["values"]["t2.fees.amount"] = "12.34567"
case("error-V2-decimals", r, [finding("V2", "error", ["t2.fees.amount"], "12.34567", "4 位小数")])
r = report(); r["values"]["t2.fees.amount"] = "-3"
case("error-V2-negative", r, [finding("V2", "error", ["t2.fees.amount"], "负数")])

r = report(); del r["values"]["t2.coercion.decisions"]
case("error-V3-empty", r, [finding("V3", "error", ["t2.coercion.decisions"], "表二有 1 个单元格未填写", "行政强制·本年处理决定数量")])
r = report(); r["values"]["t3.denied_2.legal"] = "-"
case("error-V3-dash", r, [finding("V3", "error", ["t3.denied_2.legal"], "「-」")])
r = report(); r["values"]["t3.denied_2.legal"] = {"unreadable": "O"}
case("error-V3-unreadable", r, [finding("V3", "error", ["t3.denied_2.legal"], "无法识别", "“O”")])
r = report(); r["values"] = {k: v for k, v in r["values"].items() if not k.startswith("t4.")}
case("error-V3-table-missing", r, [finding("V3", "error", [f"t4.{g}.{c}" for g in T4 for c in ["upheld", "corrected", "other", "pending", "total"]], "表四尚未填写（共 15 个单元格）")])

# --- warnings and info -------------------------------------------------------------------
p = previous(); p["values"]["t3.carried_over.natural"] = 3; p["values"]["t3.carried_over.business"] = 0
case("warning-X1-carry-over", report(), [
    finding("X1", "warning", ["t3.carried_in.natural"], "自然人列：上年结转 2，但上年报告结转下年度 3，相差 1"),
    finding("X1", "warning", ["t3.carried_in.business"], "商业企业列：上年结转 1，但上年报告结转下年度 0，相差 1")], p)
p = previous(); p["values"]["t2.normative.in_force"] = 9
case("warning-X2-in-force", report(), [
    finding("X2", "warning", ["t2.normative.in_force", "t2.normative.issued", "t2.normative.repealed"],
            "行政规范性文件：现行有效件数 12，但上年报告现行有效件数 9 ＋ 本年制发件数 3 － 本年废止件数 1 ＝ 11，相差 1")], p)
r = report(); r["values"]["t2.normative.in_force"] = 1
case("warning-T2a-in-force-below-issued", r, [
    finding("T2a", "warning", ["t2.normative.in_force", "t2.normative.issued", "t2.normative.repealed"],
            "行政规范性文件：现行有效件数 1，小于本年制发件数 3 － 本年废止件数 1 ＝ 2，相差 1")])
r = report(level="township"); r["values"].update({"t2.regulations.issued": 1, "t2.regulations.repealed": 0, "t2.regulations.in_force": 1})
case("warning-T2c-township-regulations", r, [
    finding("T2c", "warning", ["t2.regulations.issued", "t2.regulations.in_force"], "乡镇", "规章")])
r = report(level="township")
case("ok-T2c-township-slash", r, [])
r = report(); r["values"]["t2.fees.amount"] = "251000"
case("warning-V5-yuan-in-wan", r, [finding("V5", "warning", ["t2.fees.amount"], "251000 万元")])
vals = dict(zero); vals.update({"t4.review.upheld": 1, "t4.review.total": 1})
case("info-T3a-cases-without-requests", report(values=vals, texts=PLAIN_TEXTS), [
    finding("T3a", "info", ["t4.review.total"], "行政复议")])

# --- narrative -------------------------------------------------------------------------------
def with_text(key, text, **kw):
    r = report(**kw); r["texts"][key] = text; return r
case("warning-N1-received", with_text("overview.requests", "2024年，本局共收到政府信息公开申请50件，均在法定期限内答复。"), [
    finding("N1", "warning", ["t3.new.total"], "收到申请 50 件", "53", "相差 3", text="overview.requests")])
case("ok-N1-received-including-carried-in", with_text("overview.requests", "全年共受理政府信息公开申请五十六件，其中上年结转3件。"), [])
case("warning-N2-concluded", with_text("overview.requests", "2024年，本局共收到政府信息公开申请53件，办结50件。"), [
    finding("N2", "warning", ["t3.result_total.total"], "办结 50 件", "52", text="overview.requests")])
case("warning-N3-outcome", with_text("overview.requests", "2024年，本局共收到政府信息公开申请53件，其中予以公开20件。"), [
    finding("N3", "warning", ["t3.granted.total"], "予以公开 20 件", "22", text="overview.requests")])
case("warning-N4-normative", with_text("overview.active", "2024年，本局制发行政规范性文件5件。"), [
    finding("N4", "warning", ["t2.normative.issued"], "5 件", "3", text="overview.active")])
case("warning-N5-review", with_text("overview.oversight", "本年度本局被申请行政复议4件，均予维持。"), [
    finding("N5", "warning", ["t4.review.total"], "行政复议 4 件", "5", text="overview.oversight"),
    finding("N5", "warning", ["t4.review.corrected", "t4.review.pending"], "均予维持", text="overview.oversight")])
case("warning-N6-no-applications", with_text("overview.requests", "本年度本局未收到政府信息公开申请。"), [
    finding("N6", "warning", ["t3.new.total"], "未收到申请", "53", text="overview.requests")])
case("warning-N7-twice", with_text("overview.platform", "全年收到政府信息公开申请53件。另据统计，全年收到政府信息公开申请55件。"), [
    finding("N1", "warning", ["t3.new.total"], "55", text="overview.platform"),
    finding("N7", "warning", ["t3.new.total"], "53", "55", text="overview.platform")])
case("warning-Y1-statistics-period", with_text("overview.intro", "报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。"), [
    finding("Y1", "warning", [], "2023", "2024", text="overview.intro")])
case("warning-Y1-part-opens-with-last-year", with_text("overview.platform", "2023年，本局持续优化政府门户网站政府信息公开专栏。"), [
    finding("Y1", "warning", [], "2023", text="overview.platform")])
p = previous(); p["texts"]["overview.platform"] = TEXTS["overview.platform"]
case("warning-X3-copied-text", report(), [finding("X3", "warning", [], "（四）政府信息公开平台建设", "相同", text="overview.platform")], p)
case("warning-S5-no-remediation", with_text("problems", "本年度工作存在栏目更新不及时等不足。下一步将加强培训，提升公开质量。"), [
    finding("S5", "warning", [], "整改", text="problems")])
case("warning-S5-empty", with_text("problems", ""), [finding("S5", "warning", [], "没有填写", text="problems")])
case("warning-S6-empty", with_text("other_matters", ""), [finding("S6", "warning", [], "没有填写", text="other_matters")])
r = report(); r["values"]["t3.other_2.natural"] = 1; r["values"]["t3.other_2.total"] = 1
r["values"]["t3.granted.natural"] -= 1; r["values"]["t3.granted.total"] -= 1
r["texts"] = dict(PLAIN_TEXTS); r["texts"]["other_matters"] = "无其他需要报告的事项。"
case("warning-S6-fees-not-mentioned", r, [finding("S6", "warning", ["t3.other_2.total"], "信息处理费", text="other_matters")])

here = os.path.dirname(os.path.abspath(__file__))
for entry in os.listdir(here):
    if os.path.isdir(os.path.join(here, entry)):
        shutil.rmtree(os.path.join(here, entry))
for name, (rep, findings, prev) in CASES.items():
    d = os.path.join(here, name)
    os.makedirs(d)
    def dump(obj, fname):
        with open(os.path.join(d, fname), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
    dump(rep, "report.nianbao.json")
    if prev:
        dump(prev, "previous.nianbao.json")
    dump({"findings": findings}, "expected.json")
print(len(CASES), "cases")
