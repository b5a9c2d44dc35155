package com.orderdesk.order;

import java.util.List;

import com.orderdesk.order.OrderManagement.StatusChangeResult;
import com.orderdesk.shared.jobs.BulkJobHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One order of a bulk status change: moved by {@link OrderManagement#changeStatuses}, whose
 * transaction joins the job's, so the move and its recorded result commit together.
 */
@Component
class OrderStatusJob implements BulkJobHandler {

    static final String KIND = "ORDER_STATUS";

    /** The job's parameters: the status every order moves to. */
    record Parameters(OrderStatus status) {
    }

    private final OrderManagement orders;
    private final JsonMapper json;

    OrderStatusJob(OrderManagement orders, JsonMapper json) {
        this.orders = orders;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Result process(String parameters, String number) {
        OrderStatus target = json.readValue(parameters, Parameters.class).status();
        StatusChangeResult moved = orders.changeStatuses(List.of(number), target).getFirst();
        return moved.succeeded()
                ? new Result(true, target.name(), moved.warnings().isEmpty() ? null : String.join(" / ", moved.warnings()), moved)
                : new Result(false, String.valueOf(moved.errorType()), moved.error(), moved);
    }
}
