"""A second writer that follows the Python helper's auto-increment protocol (boto3).

Reads the counter item of <table>_SysItems, then one TransactWriteItems that puts the item with
attribute_not_exists(<pk>) and sets the counter to the new value, conditioned on the
last_modified_timestamp it read; on cancellation it re-reads and tries again.

usage: python3 python_helper_writer.py ENDPOINT TABLE PK_NAME COUNT
prints one line per id it wrote.
"""
import random
import sys
import time

import boto3
from botocore.exceptions import ClientError

endpoint, table, pk, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
client = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                      aws_access_key_id="test", aws_secret_access_key="test")
counter_table = table + "_SysItems"
counter_key = {"pk_id": {"S": "__PK_VALUE_COUNTER__"}}

written = 0
while written < count:
    item = client.get_item(TableName=counter_table, Key=counter_key, ConsistentRead=True)["Item"]
    current = int(item["current_counter_value"]["N"])
    read_ts = item["last_modified_timestamp"]["N"]
    new_id = current + 1
    now = max(time.time_ns(), int(read_ts) + 1)
    try:
        client.transact_write_items(TransactItems=[
            {"Put": {"TableName": table,
                     "Item": {pk: {"N": str(new_id)}, "title": {"S": "python-%d" % written}},
                     "ConditionExpression": "attribute_not_exists(#pk)",
                     "ExpressionAttributeNames": {"#pk": pk}}},
            {"Update": {"TableName": counter_table, "Key": counter_key,
                        "UpdateExpression": "SET current_counter_value = :new, last_modified_timestamp = :now",
                        "ConditionExpression": "last_modified_timestamp = :read",
                        "ExpressionAttributeValues": {":new": {"N": str(new_id)}, ":now": {"N": str(now)},
                                                      ":read": {"N": read_ts}}}},
        ])
        print(new_id, flush=True)
        written += 1
    except ClientError as e:
        if e.response["Error"]["Code"] != "TransactionCanceledException":
            raise
        time.sleep(random.random() * 0.01)
