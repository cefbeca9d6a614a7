window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+34555010147",
        "carrier" : "es.examplemobile",
        "deviceType" : "Auth",
        "updatedDate" : "2022.06.01",
        "createdDate" : "2020.09.04"
      }
    }
  }
]