// CSV per RFC 4180 on Chinese text, and the report table writers.
#include <catch2/catch.hpp>

#include "reports/CsvWriter.h"
#include "reports/ReportTable.h"

using namespace frontline;

TEST_CASE("CSV quotes commas, quotes and line breaks and leaves plain text alone", "[reports][csv]") {
    CHECK(csvField("张伟") == "张伟");
    CHECK(csvField("客服一组，夜班") == "客服一组，夜班"); // a full-width comma is not a separator
    CHECK(csvField("王,芳") == "\"王,芳\"");
    CHECK(csvField("他说\"我要投诉\"") == "\"他说\"\"我要投诉\"\"\"");
    CHECK(csvField("第一行\n第二行") == "\"第一行\n第二行\"");
    CHECK(csvField("回车\r") == "\"回车\r\"");
    CHECK(csvField("") == "");
}

TEST_CASE("CSV rows end with CRLF and the BOM is optional", "[reports][csv]") {
    CsvWriter plain(false);
    plain.row({"工号", "姓名", "备注"});
    plain.row({"E1001", "李\"小\"明", "退货,超期\n需升级"});
    CHECK(plain.text() == "工号,姓名,备注\r\nE1001,\"李\"\"小\"\"明\",\"退货,超期\n需升级\"\r\n");
    CsvWriter bom(true);
    bom.row({"a"});
    CHECK(bom.text() == "\xEF\xBB\xBF"
                        "a\r\n");
}

TEST_CASE("report tables write the same cells as CSV, JSON and Markdown", "[reports]") {
    ReportTable t;
    t.title = "年度培训";
    t.columns = {"name", "minutes", "overdue", "band"};
    t.rows.push_back({"陈|静", 480, false, nullptr});
    t.rows.push_back({"王,芳\n二组", 75.5, true, "pass"});
    CHECK(toCsv(t, false) == "name,minutes,overdue,band\r\n陈|静,480,no,\r\n\"王,芳\n二组\",75.5,yes,pass\r\n");
    CHECK(toMarkdown(t) == "# 年度培训\n\n| name | minutes | overdue | band |\n|---|---|---|---|\n| 陈\\|静 | 480 | no |  |\n"
                           "| 王,芳<br>二组 | 75.5 | yes | pass |\n");
    auto json = nlohmann::json::parse(toJsonText(t));
    CHECK(json["report"] == "年度培训");
    CHECK(json["rows"][1]["name"] == "王,芳\n二组");
    CHECK(json["rows"][0]["band"].is_null());
    CHECK(json["rows"][1]["overdue"] == true);
}
