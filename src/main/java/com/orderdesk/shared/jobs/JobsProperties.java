package com.orderdesk.shared.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.jobs.*}: the durable bulk jobs ({@link BulkJobs}).
 *
 * @param resumeInterval how often an instance looks for jobs whose instance died (their two-minute
 *        lease lapsed) and resumes them
 */
@ConfigurationProperties("orderdesk.jobs")
record JobsProperties(@DefaultValue("PT30S") Duration resumeInterval) {
}
