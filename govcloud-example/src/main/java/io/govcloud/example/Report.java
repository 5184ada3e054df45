package io.govcloud.example;

import io.govcloud.core.billing.Discrepancy;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.catalog.NotAdaptable;
import io.govcloud.core.reallocation.Assessment;
import io.govcloud.example.Journal.Outcome;
import io.govcloud.example.Journal.Watch;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillAdjustment;
import io.govcloud.model.Configuration;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.ResourceAdaptation;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceReduction;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints what the year produced, in one language: the timeline of deadlines with their articles, the
 * requests and refusals, each month's bill total per department, the reconciliation, the escalation, the
 * acceptance and the annual statements; amounts in CNY with two decimals, tables aligned.
 */
final class Report {

  private final Journal journal;
  private final Lang lang;
  private final PrintStream out;

  Report(Journal journal, Lang lang, PrintStream out) {
    this.journal = journal;
    this.lang = lang;
    this.out = out;
  }

  void print(String store) {
    out.println(lang.pick("govcloud 示例：江北区政务云的 2025 年", "govcloud example: a year of Jiangbei District's e-government cloud, 2025"));
    out.println(store);
    timeline();
    requests();
    bills();
    reconciliation();
    escalation();
    acceptance();
    statements();
    out.println();
    out.println(lang.pick("共送达通知 " + journal.notifications().size() + " 条。",
        journal.notifications().size() + " notifications delivered."));
  }

  private void section(String chinese, String english) {
    out.println();
    out.println(lang.pick(chinese, english));
  }

  private void table(Table table) {
    table.lines().forEach(out::println);
  }

  private void timeline() {
    section("一、期限时间线", "1. Timeline of deadlines");
    Table table = Table.of(lang.pick("日期", "date"), lang.pick("事项", "event"), lang.pick("期限", "deadline"),
        lang.pick("最后一日", "last day"), lang.pick("依据", "article"), lang.pick("结果", "outcome"));
    record Row(Instant at, String[] cells) {}
    List<Row> rows = new ArrayList<>();
    for (Watch w : journal.watches()) {
      StatutoryDeadline kind = StatutoryDeadline.valueOf(w.kind);
      String last = w.hours ? Lang.minute(w.expiresAt) : w.lastDay.toString();
      rows.add(new Row(w.trigger, new String[] {Lang.minute(w.trigger), lang.of(w.event),
          lang.pick(kind.chineseName(), kind.englishName()), last, lang.article(w.article), outcome(w)}));
    }
    for (Journal.Event e : journal.events()) {
      rows.add(new Row(e.at(), new String[] {Lang.minute(e.at()), lang.of(e.what()), "", "", lang.article(e.article()), ""}));
    }
    rows.sort(Comparator.comparing(Row::at));
    rows.forEach(row -> table.row(row.cells()));
    table(table);
  }

  private String outcome(Watch w) {
    if (w.outcomes.isEmpty()) {
      return lang.pick("未到期", "open");
    }
    List<String> parts = new ArrayList<>();
    for (Outcome o : w.outcomes) {
      String when = w.hours ? Lang.minute(o.at()).substring(5) : Lang.day(o.at()).toString().substring(5);
      parts.add(switch (o.kind()) {
        case MET -> lang.pick("按期 ", "met ");
        case MET_LATE -> lang.pick("逾期办结 ", "met late ");
        case APPROACHING -> lang.pick("临近提醒 ", "approaching ");
        case DUE -> lang.pick("到期提醒 ", "due ");
        case MISSED -> lang.pick("逾期通知 ", "missed ");
        case LAPSED -> lang.pick("期满 ", "lapsed ");
        case SUPERVISED -> lang.pick("督促 ", "supervised ");
        case REDUCED -> lang.pick("强制调减 ", "reduced ");
      } + when);
    }
    return String.join(lang.pick("，", ", "), parts);
  }

  private void requests() {
    section("二、申请、目录适配与拒绝", "2. Requests, adaptation and refusals");
    ResourceAdaptation adapted = journal.adapted;
    Configuration.Builder requested = Configuration.builder();
    adapted.provisions().forEach(p -> requested.with(Dimension.of(p.dimension(), p.unit()), p.requested()));
    String excess = adapted.provisions().stream().map(p -> {
      Dimension dimension = Dimension.of(p.dimension(), p.unit());
      BigDecimal more = p.provided().subtract(p.requested());
      BigDecimal relative = more.divide(p.requested(), 4, RoundingMode.HALF_UP);
      return lang.pick("多配 " + more.toPlainString() + " " + unit(dimension, Lang.ZH) + "（+" + percent(relative) + "）",
          more.toPlainString() + " " + unit(dimension, Lang.EN) + " more (+" + percent(relative) + ")");
    }).collect(Collectors.joining(lang.pick("、", ", ")));
    out.println("  " + lang.pick(
        "适配：区卫健委所需 " + adapted.instances() + " 台 " + configuration(requested.build()) + " 云服务器目录未列明，按功能和配置相近适配为 "
            + adapted.item() + "（" + journal.adaptedItemName + "），每台" + excess + "，按限价每月 " + Lang.money(adapted.monthlyTotal())
            + " 元（第27条）",
        "adapted: health's " + adapted.instances() + " servers of " + configuration(requested.build())
            + ", which the catalog does not list, adapted to the nearest item " + adapted.item() + ": per server " + excess
            + ", CNY " + Lang.money(adapted.monthlyTotal()) + " a month at the cap (Art. 27)"));
    AdaptationRequest no = journal.notAdaptableRequest;
    String path = List.of(NotAdaptable.Step.values()).stream().map(step -> lang.pick(step.chinese() + "（" + lang.article(step.article()) + "）",
            step.english() + " (" + lang.article(step.article()) + ")"))
        .collect(Collectors.joining(lang.pick("；", "; ")));
    out.println("  " + lang.pick(
        "无法适配：" + no.instances() + " 台 " + configuration(no.configuration()) + " 的分析服务器，目录中没有每项配置均不低于需求的服务（"
            + journal.notAdaptable.code() + "）。其路径：" + path,
        "not adaptable: an analysis server of " + configuration(no.configuration())
            + ": no item of the catalog meets every dimension (" + journal.notAdaptable.code() + "). Its path: " + path));
    Table table = Table.of(lang.pick("日期", "date"), lang.pick("尝试", "attempt"), lang.pick("代码", "code"),
        lang.pick("依据", "article"), lang.pick("理由", "reason"));
    for (Journal.Refusal r : journal.refusals()) {
      table.row(Lang.minute(r.at()), lang.of(r.attempt()), r.violation().code(), lang.article(r.violation().article()),
          lang.pick(r.violation().chinese(), r.violation().english()));
    }
    table(table);
  }

  private String configuration(Configuration configuration) {
    return configuration.quantities().entrySet().stream()
        .sorted(Comparator.comparing(e -> !e.getKey().equals(Dimension.VCPU)))
        .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " " + unit(e.getKey(), lang))
        .collect(Collectors.joining(" "));
  }

  private static String unit(Dimension dimension, Lang lang) {
    if (dimension.equals(Dimension.VCPU)) {
      return lang.pick("核", "vCPU");
    }
    return dimension.unit();
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private String department(DepartmentId id) {
    return lang.of(District.name(id));
  }

  private void bills() {
    section("三、月度账单（元，按实际使用天数折算，第30条）", "3. Monthly bills (CNY, prorated by the days in service, Art. 30)");
    List<String> headers = new ArrayList<>(List.of(lang.pick("月份", "month")));
    District.DEPARTMENTS.forEach(d -> headers.add(">" + department(d)));
    headers.add(">" + lang.pick("合计", "total"));
    Table table = Table.of(headers.toArray(String[]::new));
    List<Money> columns = new ArrayList<>();
    District.DEPARTMENTS.forEach(d -> columns.add(Money.ZERO));
    List<String> notes = new ArrayList<>();
    for (Map.Entry<YearMonth, List<MonthlyBill>> month : journal.bills().entrySet()) {
      List<String> cells = new ArrayList<>(List.of(month.getKey().toString()));
      Money total = Money.ZERO;
      for (int i = 0; i < District.DEPARTMENTS.size(); i++) {
        Optional<Money> bill = journal.billTotal(month.getKey(), District.DEPARTMENTS.get(i));
        cells.add(bill.map(Lang::money).orElse("-"));
        total = total.plus(bill.orElse(Money.ZERO));
        columns.set(i, columns.get(i).plus(bill.orElse(Money.ZERO)));
      }
      cells.add(Lang.money(total));
      table.row(cells.toArray(String[]::new));
      for (MonthlyBill bill : month.getValue()) {
        for (BillAdjustment a : bill.adjustments()) {
          notes.add(lang.pick(month.getKey() + " " + department(bill.account().department()) + "：含对 " + a.correctedMonth()
                  + " 的调整 " + Lang.money(a.amount()) + " 元（资源 " + a.resource() + "，已出账 " + Lang.money(a.issued()) + "，重算 "
                  + Lang.money(a.recomputed()) + "）",
              month.getKey() + " " + department(bill.account().department()) + ": an adjustment of " + Lang.money(a.amount())
                  + " for " + a.correctedMonth() + " (resource " + a.resource() + ", issued " + Lang.money(a.issued()) + ", recomputed "
                  + Lang.money(a.recomputed()) + ")"));
        }
      }
    }
    List<String> year = new ArrayList<>(List.of(lang.pick("全年", "year")));
    columns.forEach(m -> year.add(Lang.money(m)));
    year.add(Lang.money(Money.total(columns)));
    table.row(year.toArray(String[]::new));
    table(table);
    notes.forEach(note -> out.println("  " + note));
  }

  private void reconciliation() {
    Reconciliation r = journal.reconciliation;
    section("四、服务商对账单核对（第22、30条）", "4. The provider's statement reconciled (Art. 22, 30)");
    Money stated = Money.total(r.statement().lines().stream().map(line -> line.amount()).toList());
    out.println("  " + lang.pick(
        r.statement().month() + " " + department(r.statement().account().department()) + "：对账单 " + Lang.money(stated) + " 元，账单 "
            + Lang.money(r.bill().total()) + " 元，多计 " + Lang.money(r.difference()) + " 元",
        r.statement().month() + " " + department(r.statement().account().department()) + ": statement " + Lang.money(stated) + ", bill "
            + Lang.money(r.bill().total()) + ", overstated by " + Lang.money(r.difference())));
    Table table = Table.of(lang.pick("资源", "resource"), lang.pick("服务", "item"), lang.pick("差异", "discrepancy"),
        lang.pick(">对账单数量", ">stated qty"), lang.pick(">对账单金额", ">stated"), lang.pick(">应计金额", ">computed"));
    for (Discrepancy d : r.discrepancies()) {
      table.row(d.resource().value(), d.item(), kind(d.kind()), d.statedQuantity().map(BigDecimal::toPlainString).orElse("-"),
          d.statedAmount().map(Lang::money).orElse("-"), Lang.money(d.computedAmount()));
    }
    table(table);
  }

  private String kind(Discrepancy.Kind kind) {
    return switch (kind) {
      case MISSING_FROM_STATEMENT -> lang.pick("对账单漏列", "missing from the statement");
      case NOT_IN_BILL -> lang.pick("账单无此项", "not in the bill");
      case QUANTITY_DIFFERS -> lang.pick("数量不符", "quantity differs");
      case AMOUNT_DIFFERS -> lang.pick("金额不符", "amount differs");
    };
  }

  private void escalation() {
    section("五、闲置资源调减（第15—17条）", "5. Idle capacity escalated (Art. 15-17)");
    Assessment a = journal.reminder.assessment().orElseThrow();
    String ratio = a.idleRatio(4, RoundingMode.HALF_UP).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    String allowed = a.ratio().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    out.println("  " + lang.pick(
        "区教委 vCPU：已分配 " + a.allocated().toPlainString() + "，闲置 " + a.idle().toPlainString() + "（" + ratio + "），超过冗余比例 "
            + allowed + "，至少应调减 " + a.leastReduction().toPlainString(),
        "education's vCPU: " + a.allocated().toPlainString() + " allocated, " + a.idle().toPlainString() + " idle (" + ratio
            + "), above the ratio of " + allowed + ": reduce by at least " + a.leastReduction().toPlainString()));
    Table table = Table.of(lang.pick("时间", "time"), lang.pick("步骤", "step"), lang.pick("最后一日", "last day"));
    for (ReductionStep s : journal.reductionCase.steps()) {
      table.row(Lang.minute(s.at()), step(s.kind()), s.lastDay().map(Object::toString).orElse(""));
    }
    table(table);
    for (ResourceReduction r : journal.reductionCase.reductions()) {
      out.println("  " + lang.pick(
          r.resource() + "：" + r.fromItem() + " 由 " + r.fromQuantity().toPlainString() + " 台调减为 " + r.toQuantity().toPlainString()
              + " 台（" + r.capacity().toPlainString() + " vCPU），变更工单于 " + Lang.minute(r.effectiveAt()) + " 生效",
          r.resource() + ": " + r.fromItem() + " from " + r.fromQuantity().toPlainString() + " to " + r.toQuantity().toPlainString()
              + " (" + r.capacity().toPlainString() + " vCPU), by a change work order effective " + Lang.minute(r.effectiveAt())));
    }
  }

  private String step(ReductionStep.Kind kind) {
    return switch (kind) {
      case REMINDED -> lang.pick("多云管理系统提醒主动调减", "reminded by the management system");
      case REMINDER_LAPSED -> lang.pick("一个月期满，未调减", "the month lapsed without a reduction");
      case SUPERVISED -> lang.pick("区大数据局督促", "supervised by the authority");
      case SUPERVISION_LAPSED -> lang.pick("督促后超过5个工作日", "more than 5 working days after supervision");
      case REDUCED_BY_AUTHORITY -> lang.pick("区大数据局强制调减", "reduced by the authority");
      case RESOLVED_BY_DEPARTMENT -> lang.pick("部门自行调减", "resolved by the department");
      case RESOLVED_BY_DATA -> lang.pick("新数据低于冗余比例", "resolved by new data");
    };
  }

  private void acceptance() {
    section("六、年度验收与评价（第32、36、40、41条；评价办法与扣减规则为示例）",
        "6. Annual acceptance (Art. 32, 36, 40, 41; the evaluation and deduction rules are examples)");
    Evaluation e = journal.evaluation;
    Table table = Table.of(lang.pick("评价项", "criterion"), lang.pick(">得分", ">score"));
    for (EvaluationCriterion c : EvaluationCriterion.values()) {
      table.row(lang.pick(c.chinese(), c.english()), e.scores().get(c).toPlainString());
    }
    table(table);
    AnnualResult r = journal.annualResult;
    out.println("  " + lang.pick(
        "区大数据局评价 " + e.score().toPlainString() + " 分：" + result(e.result()) + "；市大数据局综合日常运维 "
            + r.operationsScore().toPlainString() + " 分（权重 " + r.operationsWeight().toPlainString() + "）：" + r.score().toPlainString()
            + " 分，" + result(r.result()),
        "the district authority's evaluation " + e.score().toPlainString() + ": " + result(e.result())
            + "; combined by the municipal authority with its operations score " + r.operationsScore().toPlainString() + " (weight "
            + r.operationsWeight().toPlainString() + "): " + r.score().toPlainString() + ", " + result(r.result())));
    journal.statements.stream().flatMap(s -> s.deductions().stream()).map(FeeDeduction::basis).flatMap(Optional::stream).findFirst()
        .ifPresent(b -> out.println("  " + lang.pick(
            "扣减：" + b.table() + "，" + result(b.result()) + " [" + b.bandFrom().toPlainString() + ", " + b.bandTo().toPlainString()
                + "] 档扣减 " + b.share().movePointRight(2).stripTrailingZeros().toPlainString() + "% 的年度费用",
            "deduction: " + b.table() + ", " + result(b.result()) + " band [" + b.bandFrom().toPlainString() + ", "
                + b.bandTo().toPlainString() + "]: " + b.share().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of the year's fees")));
  }

  private String result(AcceptanceResult result) {
    return lang.pick(result.chinese(), result.english());
  }

  private void statements() {
    section("七、2025 年度结算（元，第31、41条）", "7. Annual statements of 2025 (CNY, Art. 31, 41)");
    Table table = Table.of(lang.pick("部门", "department"), lang.pick(">费用", ">fees"), lang.pick(">扣减", ">deducted"),
        lang.pick(">应付", ">payable"), lang.pick(">已付", ">paid"), lang.pick(">未付", ">outstanding"));
    for (AnnualStatement s : journal.statements) {
      table.row(department(s.account().department()), Lang.money(s.fees()), Lang.money(s.deductionsTotal()), Lang.money(s.payable()),
          Lang.money(s.paid()), Lang.money(s.outstanding()));
    }
    List<AnnualStatement> all = journal.statements;
    table.row(lang.pick("合计", "total"), Lang.money(sum(all, AnnualStatement::fees)), Lang.money(sum(all, AnnualStatement::deductionsTotal)),
        Lang.money(sum(all, AnnualStatement::payable)), Lang.money(sum(all, AnnualStatement::paid)),
        Lang.money(sum(all, AnnualStatement::outstanding)));
    table(table);
  }

  private static Money sum(List<AnnualStatement> statements, java.util.function.Function<AnnualStatement, Money> amount) {
    return Money.total(statements.stream().map(amount).toList());
  }
}
