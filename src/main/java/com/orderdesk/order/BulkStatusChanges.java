package com.orderdesk.order;

import java.util.List;

import com.orderdesk.order.OrderManagement.StatusChangeResult;
import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.BulkJobHandler.NewItem;
import com.orderdesk.shared.jobs.BulkJobs;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * 一括ステータス変更 as a durable bulk job ({@link BulkJobs}, kind {@value OrderStatusJob#KIND}): each
 * order is moved in one transaction with its result, so a job interrupted by a crash resumes
 * without moving an order twice. Each item's detail is its {@link StatusChangeResult}.
 */
@Service
public class BulkStatusChanges {

    private final BulkJobs jobs;
    private final JsonMapper json;

    BulkStatusChanges(BulkJobs jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** Starts the job in the background; follow it at {@code /api/admin/jobs/{id}}. */
    public BulkJob start(List<String> numbers, OrderStatus target) {
        return jobs.start(OrderStatusJob.KIND, parameters(target), items(numbers));
    }

    /** Runs the job on the caller's thread; one result per distinct number, in request order. */
    public List<StatusChangeResult> run(List<String> numbers, OrderStatus target) {
        BulkJob job = jobs.runNow(OrderStatusJob.KIND, parameters(target), items(numbers));
        return job.items().stream().map(item -> json.treeToValue(item.detail(), StatusChangeResult.class)).toList();
    }

    private String parameters(OrderStatus target) {
        return json.writeValueAsString(new OrderStatusJob.Parameters(target));
    }

    private static List<NewItem> items(List<String> numbers) {
        return numbers.stream().map(String::strip).filter(number -> !number.isEmpty()).distinct()
                .map(number -> NewItem.of(null, number, number)).toList();
    }
}
