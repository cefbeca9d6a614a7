window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+447700900418",
        "carrier" : "me.telenor",
        "deviceType" : "Auth",
        "updatedDate" : "2024.06.02",
        "createdDate" : "2021.10.27"
      }
    }
  }
]