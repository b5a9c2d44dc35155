package com.orderdesk.access.internal;

/** A personal access token read together with its operator account (one query per request). */
public record TokenWithOperator(PersonalAccessToken token, OperatorAccount operator) {
}
