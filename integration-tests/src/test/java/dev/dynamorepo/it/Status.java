package dev.dynamorepo.it;

/** Order states. */
public enum Status { NEW, PAID, SHIPPED }
