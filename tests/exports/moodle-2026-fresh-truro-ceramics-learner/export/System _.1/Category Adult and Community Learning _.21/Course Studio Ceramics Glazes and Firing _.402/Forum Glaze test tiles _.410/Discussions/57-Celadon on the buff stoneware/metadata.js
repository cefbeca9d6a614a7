var data_file_11 = {
    "subscriptionpreference": {
        "value": "1768943520",
        "description": "You have chosen the following discussion subscription preference for this forum: \"Subscribed\""
    }
}